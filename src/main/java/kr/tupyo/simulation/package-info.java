/**
 * Load simulation against a running tupyo server (not part of the service): {@code ./tupyo simulate
 * early-voting} plays an early-voting day through the public HTTP API, seeding its own election.
 * Loopback only; every loop is bounded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Load simulation")
package kr.tupyo.simulation;
