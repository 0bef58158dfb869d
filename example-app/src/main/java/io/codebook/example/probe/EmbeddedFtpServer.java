package io.codebook.example.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.TransferRatePermission;

/**
 * An Apache FtpServer running in this process, on a free port of the loopback address, with a
 * temporary home directory holding a demo file, and one user. {@code probe --embedded} probes it;
 * the tests start it with other settings, such as a limit of one login.
 *
 * <p>The server accepts connections from this machine only, in passive mode only, and anonymous
 * logins are off. {@link #close()} stops it and deletes the home directory. It logs through SLF4J,
 * and the binding in ftp-doctor's jar drops every message, so the server prints nothing of its own.
 */
public final class EmbeddedFtpServer implements AutoCloseable {
  /** The address the server listens on. */
  public static final String HOST = "127.0.0.1";

  /** The name of the demo user. */
  public static final String DEMO_USER = "demo";

  /** The name of the file in the home directory. */
  public static final String DEMO_FILE = "welcome.txt";

  /** What the demo file says. */
  public static final String DEMO_TEXT =
      "Welcome to ftp-doctor's embedded FTP server (Apache FtpServer).\n"
          + "If you can read this, the session worked: login, passive mode, LIST, SIZE and RETR.\n";

  /**
   * How to set the server up.
   *
   * @param user the user's name
   * @param password the user's password
   * @param maxLogins how many logins the server allows at once, in total; 0 for no limit
   * @param loginFailureDelayMillis how long the server waits before it answers a wrong password
   */
  public record Settings(String user, String password, int maxLogins, int loginFailureDelayMillis) {
    /**
     * The demo: user {@value #DEMO_USER} with a random password, at most 10 logins, and a short
     * delay after a wrong password.
     *
     * @return the settings
     */
    public static Settings demo() {
      byte[] random = new byte[12];
      new SecureRandom().nextBytes(random);
      return new Settings(DEMO_USER, HexFormat.of().formatHex(random), 10, 200);
    }

    /**
     * The same settings with another limit of logins.
     *
     * @param logins how many logins the server allows at once; 0 for no limit
     * @return the new settings
     */
    public Settings withMaxLogins(int logins) {
      return new Settings(user, password, logins, loginFailureDelayMillis);
    }
  }

  private final FtpServer server;
  private final Listener listener;
  private final Path home;
  private final Settings settings;

  private EmbeddedFtpServer(FtpServer server, Listener listener, Path home, Settings settings) {
    this.server = server;
    this.listener = listener;
    this.home = home;
    this.settings = settings;
  }

  /**
   * Creates the home directory and the demo file, and starts the server.
   *
   * @param settings the user and the limits
   * @return the running server
   * @throws IOException if the home directory cannot be made or the server cannot start
   */
  public static EmbeddedFtpServer start(Settings settings) throws IOException {
    Path home = Files.createTempDirectory("ftp-doctor-");
    try {
      Files.writeString(home.resolve(DEMO_FILE), DEMO_TEXT, StandardCharsets.UTF_8);

      DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
      data.setActiveEnabled(false);
      data.setPassiveAddress(HOST);
      data.setPassiveExternalAddress(HOST);
      data.setPassivePorts("0");

      ListenerFactory listenerFactory = new ListenerFactory();
      listenerFactory.setServerAddress(HOST);
      listenerFactory.setPort(0);
      listenerFactory.setIdleTimeout(60);
      listenerFactory.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
      Listener listener = listenerFactory.createListener();

      ConnectionConfigFactory connections = new ConnectionConfigFactory();
      connections.setAnonymousLoginEnabled(false);
      connections.setMaxLogins(settings.maxLogins());
      connections.setLoginFailureDelay(settings.loginFailureDelayMillis());

      FtpServerFactory factory = new FtpServerFactory();
      factory.addListener("default", listener);
      factory.setConnectionConfig(connections.createConnectionConfig());
      factory.setUserManager(users(settings, home));

      FtpServer server = factory.createServer();
      server.start();
      return new EmbeddedFtpServer(server, listener, home, settings);
    } catch (FtpException | RuntimeException e) {
      delete(home);
      throw new IOException("cannot start the embedded FTP server: " + e.getMessage(), e);
    }
  }

  private static UserManager users(Settings settings, Path home) throws FtpException {
    PropertiesUserManagerFactory factory = new PropertiesUserManagerFactory();
    factory.setPasswordEncryptor(new ClearTextPasswordEncryptor());
    UserManager users = factory.createUserManager();
    BaseUser user = new BaseUser();
    user.setName(settings.user());
    user.setPassword(settings.password());
    user.setHomeDirectory(home.toString());
    user.setMaxIdleTime(60);
    List<Authority> authorities =
        List.of(new ConcurrentLoginPermission(0, 0), new TransferRatePermission(0, 0));
    user.setAuthorities(authorities);
    users.save(user);
    return users;
  }

  /**
   * The port the server listens on, chosen by the system.
   *
   * @return the port
   */
  public int port() {
    return listener.getPort();
  }

  /**
   * The user's name.
   *
   * @return the name
   */
  public String user() {
    return settings.user();
  }

  /**
   * The user's password.
   *
   * @return the password
   */
  public String password() {
    return settings.password();
  }

  /**
   * The home directory, deleted by {@link #close()}.
   *
   * @return the directory
   */
  public Path home() {
    return home;
  }

  /**
   * The URL of the demo file, without the password.
   *
   * @return the target
   */
  public ProbeTarget demoTarget() {
    return new ProbeTarget(HOST, port(), user(), java.util.Optional.empty(), DEMO_FILE);
  }

  /** Stops the server and deletes its home directory. */
  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      delete(home);
    }
  }

  private static void delete(Path directory) {
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }
}
