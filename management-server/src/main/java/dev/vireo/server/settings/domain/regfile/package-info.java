/**
 * The Windows Registry Editor {@code .reg} text format, version 5.00: {@link
 * dev.vireo.server.settings.domain.regfile.RegFileWriter} exports a key and its subtree in
 * regedit's byte-exact style; {@link dev.vireo.server.settings.domain.regfile.RegFileReader} parses
 * a document into a {@link dev.vireo.server.settings.domain.regfile.RegScript} of changes, failing
 * with the line number. The registry root {@code Settings} appears in files as {@code
 * HKEY_LOCAL_MACHINE\SOFTWARE\Vireo\Settings} ({@link
 * dev.vireo.server.settings.domain.regfile.RegRootMapping}). Pure Java, no I/O beyond byte arrays.
 */
package dev.vireo.server.settings.domain.regfile;
