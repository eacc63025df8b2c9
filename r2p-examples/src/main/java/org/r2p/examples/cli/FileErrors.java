package org.r2p.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** File-system failures said as one line: the path and the reason in words, never an exception's name. */
final class FileErrors {
  private FileErrors() {}

  /**
   * The error to report when writing to a path failed.
   *
   * @param path what was to be written (a file, or a folder of files)
   * @param e what failed
   * @return the error (exit code 2)
   */
  static UserError cannotWrite(Path path, Exception e) {
    return new UserError("cannot write " + path + ": " + reason(path, e));
  }

  /** The reason a path could not be written, in words. */
  static String reason(Path path, Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    Path parent = path.toAbsolutePath().getParent();
    if (t instanceof FileAlreadyExistsException) {
      return Files.isDirectory(path) ? "exists and is a folder" : "exists and is a file, not a folder";
    }
    if (t instanceof NoSuchFileException) {
      return parent != null && !Files.isDirectory(parent) ? "no such folder: " + parent : "no such file or folder";
    }
    if (t instanceof NotDirectoryException) {
      return "a part of the path is a file, not a folder";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (Files.isDirectory(path)) {
      return "exists and is a folder";
    }
    if (t instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (t instanceof IOException && t.getMessage() != null) {
      return t.getMessage();
    }
    return String.valueOf(t.getMessage());
  }
}
