/**
 * Wiring every module relies on: the database (embedded or external), configuration, the error
 * catalogue and its problem+json mapping, languages, personal-data protection, the clock, and the
 * page shell. Its base package is its API; {@code internal} holds the wiring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package kr.tupyo.platform;
