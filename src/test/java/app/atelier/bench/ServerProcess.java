package app.atelier.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server a benchmark drives, seen from outside: its heap after GC (jcmd) and the CPU it used (/proc). */
final class ServerProcess {
    private final long pid;

    ServerProcess(long pid) {
        this.pid = pid;
    }

    /** Heap in use after two full collections a second apart, in KB (-1 if jcmd said nothing readable). */
    long heapUsedKb() throws Exception {
        jcmd("GC.run");
        Thread.sleep(1_000);
        jcmd("GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    String jcmd(String command) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    /** CPU time the server process used so far (user + system), from /proc. */
    long cpuMillis() throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // 100 ticks per second
    }
}
