/**
 * Test support for integration tests against the multi-host libvirt lab ({@code lab/lab}): {@link
 * dev.vireo.drivers.lab.LabExtension} brings the lab up once per test run and down at the end;
 * {@link dev.vireo.drivers.lab.Lab} runs lab commands (guest XML, commands inside hosts and guests,
 * daemon kill/restart). Published in the test-jar for other modules' ITs.
 */
package dev.vireo.drivers.lab;
