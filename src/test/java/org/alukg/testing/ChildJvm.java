package org.alukg.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alukg.cli.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the tests start a JVM of their own on the classes under test ({@code java} and its options up to the main
 * class). The child is short-lived: it compiles with C1 only, collects with one thread, and starts from a class-data
 * archive (Java's AppCDS) made once per test JVM, so the hundred-odd {@code alukg} processes of the suite do not each
 * load and verify Jena's classes anew (measured: 0.9 s of CPU for {@code alukg queries} instead of 1.45 s). An archive
 * needs a class path of jars, so the folders of the class path (the compiled classes and resources) are packed into
 * jars first, in a scratch folder removed when the test JVM ends. When the archive cannot be made the child starts
 * without one, as before.
 */
final class ChildJvm {
    private static final Logger LOG = LoggerFactory.getLogger(ChildJvm.class);
    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static List<String> prefix;

    private ChildJvm() {}

    /** {@code java}, its options and the class path: what comes before a main class and its arguments. */
    static synchronized List<String> prefix() {
        if (prefix == null)
            prefix = make();
        return prefix;
    }

    private static List<String> make() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        try {
            ScratchFolder scratch = ScratchFolder.create("alukg-child-jvm-");
            Runtime.getRuntime().addShutdownHook(new Thread(scratch::close));
            String jars = jarred(classPath, scratch.path());
            Path archive = scratch.path().resolve("alukg.jsa");
            List<String> dump = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive));
            dump.addAll(OPTIONS);
            dump.addAll(List.of("-cp", jars, Main.class.getName(), "queries"));
            Process p = new ProcessBuilder(dump).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.size(archive) > 0) {
                List<String> out = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
                out.addAll(OPTIONS);
                out.addAll(List.of("-cp", jars));
                return List.copyOf(out);
            }
            p.destroyForcibly();
            LOG.warn("child JVMs start without a class-data archive: making one exited {}", p.isAlive() ? "late" : p.exitValue());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("child JVMs start without a class-data archive: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> out = new ArrayList<>(List.of(java));
        out.addAll(OPTIONS);
        out.addAll(List.of("-cp", classPath));
        return List.copyOf(out);
    }

    /** The class path with each of its folders packed into a jar of its own under {@code into}, in the same order. */
    private static String jarred(String classPath, Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                entries.add(entry);
                continue;
            }
            Path jar = into.resolve("folder-" + n++ + ".jar");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(p)) {
                zip.setLevel(Deflater.NO_COMPRESSION);
                for (Path f : files.sorted().toList()) {
                    String name = p.relativize(f).toString().replace(File.separatorChar, '/');
                    if (name.isEmpty())
                        continue;
                    if (Files.isDirectory(f)) {
                        zip.putNextEntry(new ZipEntry(name + "/"));
                        zip.closeEntry();
                        continue;
                    }
                    byte[] content;
                    try {
                        content = Files.readAllBytes(f);
                    } catch (NoSuchFileException gone) {
                        continue; // a file a test wrote for a moment and removed
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
