package org.r2p.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the program in-process and keeps what it printed. Test support. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    return withInput("", args);
  }

  /** Runs with {@code input} as standard input; standard output as bytes, as the program's main has it. */
  static Cli withInput(String input, String... args) {
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    StringWriter e = new StringWriter();
    int code = R2p.run(args, stdin(input), o, new PrintWriter(e, true));
    return new Cli(code, o.toString(java.nio.charset.StandardCharsets.UTF_8), e.toString());
  }

  /** Runs with standard output as a character writer ({@link R2p#run(String[], PrintWriter, PrintWriter)}). */
  static Cli throughWriter(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = R2p.run(args, stdin(""), new PrintWriter(o, true), new PrintWriter(e, true));
    return new Cli(code, o.toString(), e.toString());
  }

  private static java.io.InputStream stdin(String input) {
    return new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static String file(String name) {
    try {
      Path p = Paths.get(Cli.class.getResource("/files/" + name).toURI());
      return p.toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
