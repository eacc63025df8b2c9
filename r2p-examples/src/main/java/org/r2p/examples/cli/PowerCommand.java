package org.r2p.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.r2p.core.PermanentSeat;
import org.r2p.json.R2pDatasets;
import org.r2p.json.R2pJson;
import org.r2p.rules.power.Power;
import org.r2p.rules.power.PowerIndices;
import org.r2p.rules.power.Regime;
import org.r2p.rules.power.VotingPower;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code r2p power --date D}: exact voting power of each member. */
@Command(
    name = "power",
    description = {"Print the exact voting power of each Council member on a date: Shapley-Shubik, Banzhaf"
        + " (normalised, absolute, swings), and Coleman's powers to prevent and to initiate.",
        "",
        "The members are the bundled membership's. Past its last day an elected seat has no known holder: it is"
        + " shown as \"elected seat N\" with the placeholder code XEA, XEB and so on, and the output says so.",
        "",
        "Regimes: charter (Art. 27(3), the default), no-veto, or without:SEAT[,SEAT...] for seats refraining from the"
        + " veto, such as without:FRANCE,UNITED_KINGDOM."})
final class PowerCommand extends BaseCommand {
  @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date, yyyy-mm-dd.")
  String date;

  @Option(names = "--regime", defaultValue = "charter", paramLabel = "REGIME", description = "The regime (default: ${DEFAULT-VALUE}).")
  String regime;

  /** The formats power writes. */
  enum PowerFormat {
    text,
    csv,
    json
  }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  PowerFormat format;

  @Override
  public Integer call() {
    LocalDate d = Dates.parse("--date", date);
    if (d.isBefore(LocalDate.of(1945, 10, 24))) {
      throw new UserError("--date must not be before the Charter entered into force (1945-10-24): " + d);
    }
    PowerIndices p = VotingPower.on(d, R2pDatasets.bundled().councilHistory(), regime());
    PrintWriter out = spec.commandLine().getOut();
    String unknownSeats = unknownSeats(p);
    switch (format) {
      case json:
        out.println(R2pJson.mapper().writeValueAsString(json(p)));
        break;
      case csv:
        try (Table t = new Table(out, Format.csv, "r2p.power-rows.v1", List.of("date", "member", "name", "seat",
            "holder_known", "shapley_shubik", "shapley_shubik_exact", "banzhaf", "banzhaf_exact", "swings",
            "banzhaf_absolute", "coleman_prevent", "coleman_initiate"))) {
          for (Power x : p.powers()) {
            boolean known = !placeholder(x);
            t.row(p.date(), x.member().code(), known ? StateNames.on(x.member(), p.date()) : x.member().name(),
                x.seat().map(Enum::name).orElse("ELECTED"), known, num(x.shapleyShubik().toDouble()),
                x.shapleyShubik(), num(x.banzhaf().toDouble()), x.banzhaf(), x.swings(), x.banzhafAbsolute(),
                x.colemanPrevent(), x.colemanInitiate());
          }
        }
        if (!unknownSeats.isEmpty()) {
          spec.commandLine().getErr().println("r2p: " + unknownSeats);
          spec.commandLine().getErr().flush();
        }
        break;
      default:
        out.println("Council on " + p.date() + ": " + p.members() + " members, " + p.quota()
            + " votes required; regime " + p.regime() + "; " + p.winningCoalitions() + " winning coalitions.");
        if (!unknownSeats.isEmpty()) {
          out.println(unknownSeats);
        }
        out.println(String.format(Locale.ROOT, "%-4s %-36s %-15s %9s %-10s %9s %-10s %6s %9s %9s",
            "Code", "Member", "Seat", "Shapley", "(exact)", "Banzhaf", "(exact)", "Swings", "Prevent", "Initiate"));
        for (Power x : p.powers()) {
          out.println(String.format(Locale.ROOT, "%-4s %-36s %-15s %9.5f %-10s %9.5f %-10s %6d %9.5f %9.5f",
              SafeText.of(x.member().code()),
              SafeText.of(placeholder(x) ? x.member().name() : StateNames.on(x.member(), p.date())),
              x.seat().map(Enum::name).orElse("elected"),
              x.shapleyShubik().toDouble(), x.shapleyShubik(), x.banzhaf().toDouble(), x.banzhaf(), x.swings(),
              x.colemanPrevent().toDouble(), x.colemanInitiate().toDouble()));
        }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Whether a member is a placeholder for an elected seat whose holder the bundled membership does not know. */
  private static boolean placeholder(Power x) {
    return x.seat().isEmpty() && org.r2p.core.MemberStates.byCode(x.member().code()).isEmpty();
  }

  /** What the output says when some elected seats' holders are not known on the date; empty when all are. */
  private static String unknownSeats(PowerIndices p) {
    long unknown = p.powers().stream().filter(PowerCommand::placeholder).count();
    if (unknown == 0) {
      return "";
    }
    String end = R2pDatasets.bundled().councilHistory().lastTermDay().map(d -> " ends on " + d).orElse(" is empty");
    return "The bundled membership" + end + ": " + unknown + " elected seats have no known holder on " + p.date()
        + " and are shown as \"elected seat N\" with placeholder codes ("
        + p.powers().stream().filter(PowerCommand::placeholder).map(x -> x.member().code())
            .collect(java.util.stream.Collectors.joining(", "))
        + "), which name no state. Each seat's indices are those of any holder.";
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
    String unknown = unknownSeats(p);
    if (!unknown.isEmpty()) {
      o.put("note", unknown);
    }
    ArrayNode a = o.putArray("members");
    for (Power x : p.powers()) {
      ObjectNode m = a.addObject();
      m.put("member", x.member().code());
      m.put("name", placeholder(x) ? x.member().name() : StateNames.on(x.member(), p.date()));
      m.put("holderKnown", !placeholder(x));
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
