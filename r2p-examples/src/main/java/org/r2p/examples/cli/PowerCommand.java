package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.r2p.core.PermanentSeat;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import org.r2p.rules.power.Power;
import org.r2p.rules.power.PowerIndices;
import org.r2p.rules.power.Regime;
import org.r2p.rules.power.VotingPower;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code r2p power --date D}: exact voting power of each member. */
@Command(
    name = "power",
    mixinStandardHelpOptions = true,
    description = {"Exact voting power of each Council member on a date (bundled membership):",
        "Shapley-Shubik, Banzhaf (normalised, absolute, swings), Coleman's powers to prevent and initiate.",
        "",
        "Regimes: charter (Art. 27(3), default), no-veto, or without:SEAT[,SEAT...] for seats",
        "refraining from the veto, e.g. without:FRANCE,UNITED_KINGDOM."})
final class PowerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date, yyyy-mm-dd.")
  String date;

  @Option(names = "--regime", defaultValue = "charter", paramLabel = "REGIME", description = "The regime (default: ${DEFAULT-VALUE}).")
  String regime;

  @Option(names = "--format", defaultValue = "text", description = "text, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (format == Format.ndjson) {
      throw new UserError("--format must be text, csv or json for power: ndjson");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UserError("--date must be a date yyyy-mm-dd: '" + date + "'");
    }
    if (d.isBefore(LocalDate.of(1945, 10, 24))) {
      throw new UserError("--date must not be before the Charter entered into force (1945-10-24): " + d);
    }
    PowerIndices p = VotingPower.on(d, R2pDatasets.bundled().councilHistory(), regime());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        out.println(R2pJson.mapper().writeValueAsString(json(p)));
        break;
      case csv:
        out.println("member,name,seat,shapley_shubik,shapley_shubik_exact,banzhaf,banzhaf_exact,swings,banzhaf_absolute,coleman_prevent,coleman_initiate");
        for (Power x : p.powers()) {
          out.println(String.join(",", x.member().code(), "\"" + x.member().name() + "\"", x.seat().map(Enum::name).orElse(""),
              num(x.shapleyShubik().toDouble()), x.shapleyShubik().toString(), num(x.banzhaf().toDouble()),
              x.banzhaf().toString(), String.valueOf(x.swings()), x.banzhafAbsolute().toString(),
              x.colemanPrevent().toString(), x.colemanInitiate().toString()));
        }
        break;
      default:
        out.println("Council on " + p.date() + ": " + p.members() + " members, " + p.quota()
            + " votes required; regime " + p.regime() + "; " + p.winningCoalitions() + " winning coalitions.");
        out.println(String.format(Locale.ROOT, "%-4s %-28s %-15s %9s %-10s %9s %-10s %6s %9s %9s",
            "Code", "Member", "Seat", "Shapley", "(exact)", "Banzhaf", "(exact)", "Swings", "Prevent", "Initiate"));
        for (Power x : p.powers()) {
          out.println(String.format(Locale.ROOT, "%-4s %-28s %-15s %9.5f %-10s %9.5f %-10s %6d %9.5f %9.5f",
              SafeText.of(x.member().code()), trim(SafeText.of(x.member().name())), x.seat().map(Enum::name).orElse("elected"),
              x.shapleyShubik().toDouble(), x.shapleyShubik(), x.banzhaf().toDouble(), x.banzhaf(), x.swings(),
              x.colemanPrevent().toDouble(), x.colemanInitiate().toDouble()));
        }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String trim(String s) {
    return s.length() > 28 ? s.substring(0, 27) + "." : s;
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  private Regime regime() {
    String r = regime.toLowerCase(Locale.ROOT);
    if (r.equals("charter")) {
      return Regime.CHARTER;
    }
    if (r.equals("no-veto")) {
      return Regime.NO_VETO;
    }
    if (r.startsWith("without:")) {
      EnumSet<PermanentSeat> seats = EnumSet.noneOf(PermanentSeat.class);
      for (String s : regime.substring("without:".length()).split(",")) {
        try {
          seats.add(PermanentSeat.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new UserError("--regime without: seats must be among " + java.util.Arrays.toString(PermanentSeat.values())
              + ": '" + s + "'");
        }
      }
      return Regime.withoutVeto(seats);
    }
    throw new UserError("--regime must be charter, no-veto or without:SEAT[,SEAT...]: '" + regime + "'");
  }

  private static ObjectNode json(PowerIndices p) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("format", "r2p.power.v1");
    o.put("date", p.date().toString());
    o.put("regime", p.regime().name());
    o.put("quota", p.quota());
    o.put("winningCoalitions", p.winningCoalitions());
    ArrayNode a = o.putArray("members");
    for (Power x : p.powers()) {
      ObjectNode m = a.addObject();
      m.put("member", x.member().code());
      m.put("name", x.member().name());
      x.seat().ifPresent(s -> m.put("seat", s.name()));
      m.put("shapleyShubik", x.shapleyShubik().toString());
      m.put("banzhaf", x.banzhaf().toString());
      m.put("swings", x.swings());
      m.put("banzhafAbsolute", x.banzhafAbsolute().toString());
      m.put("colemanPrevent", x.colemanPrevent().toString());
      m.put("colemanInitiate", x.colemanInitiate().toString());
    }
    return o;
  }
}
