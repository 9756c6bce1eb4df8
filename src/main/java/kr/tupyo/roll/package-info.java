/**
 * Voters lists (선거인명부): compiled from the resident register as it stood on the reference date,
 * inspected and objected to, finalised, corrected by versions, and served nationwide as the integrated
 * voters list (통합선거인명부). The base package is the API other modules use
 * ({@link kr.tupyo.roll.IntegratedVotersList}, {@link kr.tupyo.roll.ListedVoter},
 * {@link kr.tupyo.roll.RollFinalised}); {@code internal} and {@code web} are private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voters lists")
package kr.tupyo.roll;
