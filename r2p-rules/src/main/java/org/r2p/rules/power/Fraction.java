package org.r2p.rules.power;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact non-negative rational number in lowest terms.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {
  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * {@code numerator / denominator}, reduced.
   *
   * @param numerator at least 0
   * @param denominator at least 1
   * @return the fraction
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    if (numerator.signum() < 0) {
      throw new IllegalArgumentException("numerator must not be negative: " + numerator);
    }
    BigInteger g = numerator.gcd(denominator);
    if (g.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator.divide(g), denominator.divide(g));
  }

  /**
   * {@code numerator / denominator}, reduced.
   *
   * @param numerator at least 0
   * @param denominator at least 1
   * @return the fraction
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** {@return the numerator, in lowest terms} */
  public BigInteger numerator() {
    return numerator;
  }

  /** {@return the denominator, in lowest terms} */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sum.
   *
   * @param o another fraction
   * @return this + o
   */
  public Fraction plus(Fraction o) {
    return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
  }

  /** {@return the nearest double} */
  public double toDouble() {
    return new java.math.BigDecimal(numerator).divide(new java.math.BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction && ((Fraction) o).numerator.equals(numerator) && ((Fraction) o).denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** {@return e.g. "421/2145", or "0", "1"} */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}
