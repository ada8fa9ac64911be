package org.dvpp.examples.relay;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A TCP proxy between the relay and the broker that can drop the connection at an exact point: once the broker has
 * received the whole of the n-th {@code basic.publish} whose routing key matches, and before its confirm reaches the
 * client. The broker may then hold the message while the client never learns it did: the in-flight case. It reads the
 * client's AMQP 0-9-1 frames (type, channel, size, payload, end byte) to find that point; everything else is copied.
 * New connections are accepted after the cut, so the relay can reconnect through it.
 */
final class AmqpCuttingProxy implements AutoCloseable {
    private static final int FRAME_METHOD = 1;
    private static final int FRAME_HEADER = 2;
    private static final int FRAME_BODY = 3;
    private static final int FRAME_END = 0xCE;

    private final String host;
    private final int port;
    private final ServerSocket server;
    private final List<Pipe> pipes = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final CountDownLatch cut = new CountDownLatch(1);
    private final AtomicInteger matching = new AtomicInteger();
    private volatile Predicate<String> routingKey = k -> false;
    private volatile int cutAt = -1;
    private volatile boolean freezeOnly;
    private volatile String cutRoutingKey = "";

    AmqpCuttingProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "amqp-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connectionsAccepted() {
        return accepted.get();
    }

    /** Drops the connection once the n-th publish with a matching routing key has fully reached the broker. */
    void cutAfterPublish(Predicate<String> routingKey, int nth) {
        this.routingKey = routingKey;
        this.cutAt = nth;
    }

    /**
     * Like {@link #cutAfterPublish} but keeps the connection open and silent: nothing more reaches the client, as on
     * a half-open connection, so the relay's confirm wait runs out.
     */
    void freezeAfterPublish(Predicate<String> routingKey, int nth) {
        this.freezeOnly = true;
        cutAfterPublish(routingKey, nth);
    }

    /** @return whether the cut happened within the timeout */
    boolean awaitCut(Duration timeout) throws InterruptedException {
        return cut.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the routing key of the publish the connection was cut after */
    String cutRoutingKey() {
        return cutRoutingKey;
    }

    @Override
    public void close() throws IOException {
        server.close();
        pipes.forEach(Pipe::close);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                accepted.incrementAndGet();
                Socket broker = new Socket(host, port);
                client.setTcpNoDelay(true);
                broker.setTcpNoDelay(true);
                Pipe p = new Pipe(client, broker);
                pipes.add(p);
                p.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** One proxied connection: a thread each way. */
    private final class Pipe {
        private final Socket client;
        private final Socket broker;
        private volatile boolean frozen;

        Pipe(Socket client, Socket broker) {
            this.client = client;
            this.broker = broker;
        }

        void start() {
            Thread up = new Thread(this::upstream, "amqp-proxy-up");
            Thread down = new Thread(this::downstream, "amqp-proxy-down");
            up.setDaemon(true);
            down.setDaemon(true);
            up.start();
            down.start();
        }

        void close() {
            try {
                broker.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        /** Broker to client, raw; nothing more once frozen (the confirm of the cut publish never arrives). */
        private void downstream() {
            byte[] buf = new byte[16384];
            try (InputStream in = broker.getInputStream(); OutputStream out = client.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (frozen) {
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                close();
            }
        }

        /** Client to broker, frame by frame. */
        private void upstream() {
            try (DataInputStream in = new DataInputStream(client.getInputStream());
                    OutputStream out = broker.getOutputStream()) {
                byte[] protocolHeader = new byte[8];
                in.readFully(protocolHeader);
                out.write(protocolHeader);
                out.flush();
                long bodyLeft = -1; // >= 0 while the cut publish's body is still on its way
                boolean awaitingHeader = false;
                while (true) {
                    int type = in.readUnsignedByte();
                    int channel = in.readUnsignedShort();
                    int size = in.readInt();
                    byte[] payload = new byte[size];
                    in.readFully(payload);
                    int end = in.readUnsignedByte();
                    if (end != FRAME_END) {
                        throw new IOException("not an AMQP frame end: " + end);
                    }
                    if (type == FRAME_METHOD && isPublish(payload) && cutAt > 0) {
                        String key = publishRoutingKey(payload);
                        if (routingKey.test(key) && matching.incrementAndGet() == cutAt) {
                            frozen = true;
                            cutRoutingKey = key;
                            awaitingHeader = true;
                        }
                    } else if (type == FRAME_HEADER && awaitingHeader) {
                        awaitingHeader = false;
                        bodyLeft = ((long) (payload[4] & 0xff) << 56) | ((long) (payload[5] & 0xff) << 48)
                                | ((long) (payload[6] & 0xff) << 40) | ((long) (payload[7] & 0xff) << 32)
                                | ((long) (payload[8] & 0xff) << 24) | ((payload[9] & 0xff) << 16)
                                | ((payload[10] & 0xff) << 8) | (payload[11] & 0xff);
                    } else if (type == FRAME_BODY && bodyLeft > 0) {
                        bodyLeft -= size;
                    }
                    // one write a frame (byte-wise writes would meet Nagle's algorithm and delayed acks)
                    byte[] frame = new byte[size + 8];
                    frame[0] = (byte) type;
                    frame[1] = (byte) (channel >>> 8);
                    frame[2] = (byte) channel;
                    frame[3] = (byte) (size >>> 24);
                    frame[4] = (byte) (size >>> 16);
                    frame[5] = (byte) (size >>> 8);
                    frame[6] = (byte) size;
                    System.arraycopy(payload, 0, frame, 7, size);
                    frame[size + 7] = (byte) end;
                    out.write(frame);
                    out.flush();
                    if (bodyLeft == 0) {
                        // the broker has the whole message; the client will never see its confirm
                        bodyLeft = -1;
                        cut.countDown();
                        if (!freezeOnly) {
                            close();
                            return;
                        }
                    }
                }
            } catch (EOFException e) {
                // client closed
            } catch (IOException e) {
                // one side closed
            } finally {
                close();
            }
        }

        private boolean isPublish(byte[] p) {
            return p.length >= 4 && ((p[0] & 0xff) << 8 | (p[1] & 0xff)) == 60 && ((p[2] & 0xff) << 8 | (p[3] & 0xff))
                    == 40;
        }

        /** basic.publish: class, method, reserved short, exchange shortstr, routing-key shortstr, bits. */
        private String publishRoutingKey(byte[] p) {
            int i = 6;
            int exchangeLength = p[i] & 0xff;
            i += 1 + exchangeLength;
            int keyLength = p[i] & 0xff;
            return new String(p, i + 1, keyLength, StandardCharsets.UTF_8);
        }
    }
}
