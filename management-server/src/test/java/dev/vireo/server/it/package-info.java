/**
 * Integration tests: Arquillian deploys the real WAR on Payara Micro (one server per test class, so
 * classes group many tests) and the tests drive it over HTTP as a client would.
 */
package dev.vireo.server.it;
