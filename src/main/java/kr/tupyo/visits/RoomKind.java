package kr.tupyo.visits;

/** What a room is used for in a programme. */
public enum RoomKind {
    MEETING,
    CEREMONIAL,
    EXHIBITION,
    OUTDOOR,
    OTHER;

    public String messageKey() {
        return "visits.roomKind." + name();
    }
}
