package org.alukg.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Debian's headless Chromium and its driver, as found on a PATH: what the browser tests drive. */
record ChromiumOnPath(Path chromium, Path chromedriver) {
    /** The Debian packages that bring both programs. */
    static final String PACKAGES = "chromium chromium-driver";

    /** Both programs on the PATH of this process. */
    static Optional<ChromiumOnPath> find() { return find(System.getenv("PATH")); }

    static Optional<ChromiumOnPath> find(String path) {
        Optional<Path> chromium = program("chromium", path), driver = program("chromedriver", path);
        return chromium.isPresent() && driver.isPresent() ? Optional.of(new ChromiumOnPath(chromium.get(), driver.get()))
                                                          : Optional.empty();
    }

    /** One line: what is missing from the PATH and which packages to install. */
    static String missing(String path) {
        List<String> absent = new ArrayList<>();
        for (String name : List.of("chromium", "chromedriver"))
            if (program(name, path).isEmpty())
                absent.add(name);
        return "browser tests need " + String.join(" and ", absent) + " on the PATH: install the Debian packages "
               + PACKAGES + " (apt-get install " + PACKAGES + ", or run .ci/browsers)";
    }

    private static Optional<Path> program(String name, String path) {
        if (path == null)
            return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty())
                continue;
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p))
                return Optional.of(p);
        }
        return Optional.empty();
    }
}
