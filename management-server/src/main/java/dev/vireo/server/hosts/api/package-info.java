/**
 * REST actions of host management under {@code /api/v1}: {@code POST /hosts/actions/add}, {@code
 * /hosts/{id}/actions/{refresh|remove|enter-maintenance}}, {@code POST /vms/actions/create} and
 * {@code /vms/{id}/actions/{start|shutdown|stop|pause|resume|save|delete|migrate}}. Each answers
 * {@code 202 Accepted} with the job's location.
 */
package dev.vireo.server.hosts.api;
