package kr.tupyo.visits.internal;

import java.util.List;
import kr.tupyo.visits.Topic;

/** An ICT demonstration in the election experience room and the topics it answers. */
public record Demonstration(String code, String nameEn, String nameKo, List<Topic> topics, int minutes,
                            boolean isDefault) {
}
