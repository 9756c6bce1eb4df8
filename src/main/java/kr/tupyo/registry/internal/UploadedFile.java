package kr.tupyo.registry.internal;

import java.io.IOException;
import java.io.InputStream;

/** A file offered for import, readable more than once (the digest pass, then the import pass). */
public interface UploadedFile {

    String name();

    InputStream open() throws IOException;

    /** A file on disk (benchmarks, the command line). */
    static UploadedFile of(java.nio.file.Path file) {
        return new UploadedFile() {
            @Override
            public String name() {
                return file.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return java.nio.file.Files.newInputStream(file);
            }
        };
    }
}
