package kr.tupyo.visits.internal;

/** The introductory video in one language (ISO 639-1 code). */
public record IntroVideo(String language, String title, int minutes) {
}
