/**
 * A synthetic resident register for tests, demonstrations and benchmarks: the extract, change events
 * and disqualification notices in the documented file formats, deterministic for a seed, calibrated
 * to the 2022 reference data when it is given. Run through {@code ./tupyo generate register}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic register")
package kr.tupyo.synthetic;
