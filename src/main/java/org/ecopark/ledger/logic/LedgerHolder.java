package org.ecopark.ledger.logic;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who holds a ledger open, as written beside it while it is open ({@link LedgerOwners}), so that a second window or
 * a command refused by the file's lock can say who has it: a window (which can be asked to come forward through
 * {@code port} and {@code token}, see {@link WindowCalls}), a command, or another use of the program.
 *
 * @param pid     the process
 * @param host    the computer's name, for a ledger on a share
 * @param command the command's name, or null for a window or another use
 * @param window  whether it is a window
 * @param port    the window's local port for {@link WindowCalls}, or 0
 * @param token   what the window expects on that port, or empty
 */
public record LedgerHolder(long pid, String host, String command, boolean window, int port, String token) {

    /** This process as a window listening for calls. */
    public static LedgerHolder window(WindowCalls calls) {
        return new LedgerHolder(ProcessHandle.current().pid(), localHost(), null, true, calls.port(), calls.token());
    }

    /** This process as the command {@code name}. */
    public static LedgerHolder command(String name) {
        return new LedgerHolder(ProcessHandle.current().pid(), localHost(), name, false, 0, "");
    }

    /** This process, without saying more (tests, the benchmark). */
    public static LedgerHolder program() {
        return new LedgerHolder(ProcessHandle.current().pid(), localHost(), null, false, 0, "");
    }

    /** Whether the holder runs on this computer. */
    public boolean onThisComputer() {
        return host.equals(localHost());
    }

    /** Whether the holder is a window on this computer that can be asked to come forward. */
    public boolean canBeBroughtForward() {
        return window && port > 0 && onThisComputer();
    }

    static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
