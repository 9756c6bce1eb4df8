/**
 * The election experience room (체험관): a sandboxed demo election that the international visits desk
 * runs for foreign delegations, who try early voting's identification and exactly-once issuance with
 * fictional voters, candidates and stations, and take home specimen (견본) ballots. Its own tables
 * only; it never reads or writes the registry, voters lists, early voting or turnout, and everything
 * it shows or prints says "체험용 견본 / DEMO — not a real election". The base package is the API for
 * the visits desk ({@link kr.tupyo.experience.ExperienceRoom}); {@code internal} and {@code web} are private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experience room")
package kr.tupyo.experience;
