package kr.tupyo.registry.internal;

import java.io.IOException;
import java.io.InputStream;

/** A file offered for import, readable more than once (the digest pass, then the import pass). */
public interface UploadedFile {

    String name();

    InputStream open() throws IOException;
}
