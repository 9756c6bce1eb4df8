/**
 * The international visits desk: partner organisations, visit requests and their triage (also from a
 * public form), delegations, the standard programme and its tailoring, scheduling of officials and
 * rooms with conflict detection, gifts, documents and the post-visit report. The base package is the
 * module's API; {@code internal} holds the use cases and repositories, {@code web} the controllers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visits")
package kr.tupyo.visits;
