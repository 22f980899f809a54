package org.ecopark.ledger.logic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a window is asked to come forward by a second start of the program on the same ledger. The window listens on
 * a port of the loopback interface only (nothing from the network reaches it, and no firewall asks), chosen by the
 * system and written into the ledger's owner file ({@link LedgerOwners}) with a random token; a caller who can read
 * that file connects, sends the token, and the window comes forward. A port was chosen over a file to watch because
 * watching a folder does not work on network shares, where ledgers also live; the token keeps other local programs
 * from raising windows at will.
 */
public final class WindowCalls implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(WindowCalls.class);
    private static final String ANSWER = "ok";
    /** How long a caller waits for the window's answer: a window that does not answer is hung or gone. */
    private static final int CALL_TIMEOUT_MILLIS = 3000;

    private final ServerSocket server;
    private final String token;
    private final Runnable bringForward;

    private WindowCalls(ServerSocket server, String token, Runnable bringForward) {
        this.server = server;
        this.token = token;
        this.bringForward = bringForward;
    }

    /**
     * Starts listening; {@code bringForward} runs on a background thread at each call with the right token.
     *
     * @throws IOException when no local port can be had (the window then just cannot be called)
     */
    public static WindowCalls listen(Runnable bringForward) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        WindowCalls calls = new WindowCalls(server, HexFormat.of().formatHex(random), bringForward);
        Thread thread = new Thread(calls::serve, "window-calls");
        thread.setDaemon(true);
        thread.start();
        return calls;
    }

    public int port() {
        return server.getLocalPort();
    }

    public String token() {
        return token;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(CALL_TIMEOUT_MILLIS);
                String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if (token.equals(line)) {
                    bringForward.run();
                    OutputStream out = socket.getOutputStream();
                    out.write((ANSWER + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOGGER.debug("A call to the window failed", e);
                }
            }
        }
    }

    /**
     * Asks the window {@code holder} to come forward; true when it answered. False for a holder that is not a window
     * on this computer, or one that does not answer.
     */
    public static boolean bringForward(LedgerHolder holder) {
        if (!holder.canBeBroughtForward()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), holder.port()), CALL_TIMEOUT_MILLIS);
            socket.setSoTimeout(CALL_TIMEOUT_MILLIS);
            socket.getOutputStream().write((holder.token() + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return ANSWER.equals(answer);
        } catch (IOException e) {
            LOGGER.info("The window of process {} did not answer: {}", holder.pid(), e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOGGER.debug("Closing the window's port", e);
        }
    }
}
