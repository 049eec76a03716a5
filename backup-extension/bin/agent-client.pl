# vireo-backup's fast client for a running agent (docs/adr/0008-cli-agent.md), run by the wrapper
# script with perl-base only (Essential on Debian): it starts in ~15 ms where a JVM takes ~0.1 s.
# Speaks the agent protocol of dev.vireo.backup.cli.agent.AgentProtocol; the Java client
# (AgentClient) is the reference and does the same checks.
#
#   perl agent-client.pl WRAPPER SOCKET BUILD ARGS...
#
# Exit status: the command's. When nothing was run (no agent answers, it is another build, or its
# directory is not private) it executes WRAPPER ARGS... with VIREO_BACKUP_AGENT=0 instead, which
# runs the command in its own JVM.
use strict;
use warnings;
use Socket qw(AF_UNIX SOCK_STREAM SOL_SOCKET SO_PEERCRED pack_sockaddr_un);
use Fcntl qw(:mode);
use Cwd qw(getcwd);

my ($wrapper, $path, $build, @args) = @ARGV;
die "usage: agent-client.pl WRAPPER SOCKET BUILD ARGS...\n" unless defined $build;

# Nothing was sent to an agent: run the command without one.
sub not_run {
  $ENV{VIREO_BACKUP_AGENT} = '0';
  { no warnings 'exec'; exec {$wrapper} $wrapper, @args; }
  print STDERR "vireo-backup: cannot run $wrapper: $!\n";
  exit 1;
}
binmode STDOUT;
binmode STDERR;

# The socket's directory must be ours alone (a directory, not a link, owned by us, mode 0700), and
# the process behind the socket must run as us: else never send it a passphrase.
(my $dir = $path) =~ s{/[^/]*\z}{};
my @st = lstat $dir;
if (!@st || !S_ISDIR($st[2]) || $st[4] != $< || ($st[2] & 07777) != 0700) {
  print STDERR "vireo-backup: not using the agent: its directory $dir is not a directory of this"
    . " user with mode 0700\n" if @st;
  not_run();
}
socket(my $s, AF_UNIX, SOCK_STREAM, 0) or not_run();
connect($s, pack_sockaddr_un($path)) or not_run();
my $cred = getsockopt($s, SOL_SOCKET, SO_PEERCRED) or not_run();
my (undef, $uid) = unpack 'iI', $cred;
not_run() if $uid != $<;

sub str { my ($b) = @_; return pack('N', length $b) . $b }
my @env = grep { /\AVIREO_/ && $_ ne 'VIREO_BACKUP_AGENT_SOCKET' && $_ ne 'VIREO_BACKUP_AGENT' }
  sort keys %ENV;
my $cwd = getcwd();
not_run() unless defined $cwd;
my $req = 'R' . str($build) . str($cwd) . pack('N', scalar @args) . join('', map { str($_) } @args)
  . pack('N', scalar @env) . join('', map { str($_) . str($ENV{$_}) } @env);
$req = pack('NN', 0x56424131, length $req) . $req;

my $off = 0;
while ($off < length $req) {
  my $n = syswrite $s, $req, length($req) - $off, $off;
  not_run() unless defined $n; # the agent is gone: nothing ran
  $off += $n;
}

sub lost {
  print STDERR "vireo-backup: lost the connection to the agent ($path) before the command"
    . " finished: $_[0]; whether it completed is unknown: check with `vireo-backup list`, and"
    . " the agent's log: $dir/agent.log\n";
  exit 1;
}
sub read_exactly {
  my ($len) = @_;
  my $buf = '';
  while (length $buf < $len) {
    my $n = sysread $s, $buf, $len - length $buf, length $buf;
    lost(defined $n ? 'connection closed' : "$!") unless $n;
  }
  return $buf;
}
sub write_all {
  my ($fh, $data) = @_;
  my $o = 0;
  while ($o < length $data) {
    my $n = syswrite $fh, $data, length($data) - $o, $o;
    exit 1 unless defined $n; # our own stdout/stderr is gone
    $o += $n;
  }
}
while (1) {
  my ($type, $len) = unpack 'CN', read_exactly(5);
  lost("frame length $len out of range") if $len > (1 << 20);
  my $data = $len ? read_exactly($len) : '';
  if ($type == 1) { write_all(\*STDOUT, $data) }
  elsif ($type == 2) { write_all(\*STDERR, $data) }
  elsif ($type == 3) { exit unpack('N', $data) }
  elsif ($type == 5) { print STDERR "vireo-backup: $data\n"; close $s; not_run() }
  else { lost("unexpected frame type $type") }
}
