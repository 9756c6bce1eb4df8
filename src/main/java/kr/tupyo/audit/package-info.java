/**
 * The tamper-evident audit log: every security-relevant action, append-only, each entry
 * hash-chained to the one before it, with a verification that names the first broken link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package kr.tupyo.audit;
