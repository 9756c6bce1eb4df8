package kr.tupyo.visits.internal;

/** Accepts only what the bytes say is a JPEG or PNG, whatever the upload claimed. */
final class PhotoType {

    private PhotoType() {
    }

    static String detect(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
