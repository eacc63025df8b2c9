package org.r2p.examples.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.r2p.rules.Interpretation;
import org.r2p.rules.InterpretationQuestion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The open questions of interpretation as options, one for each {@link InterpretationQuestion}
 * with an {@link InterpretationQuestion#option() option}: its name, parameter label and help
 * come from the question, and an option given sets the answer as {@link
 * InterpretationQuestion#with} does; a question not given keeps its default. A flag (Q6, Q13)
 * answers the opposite of the default; Q5 takes kinds, comma-separated and repeatable.
 *
 * <p>A mixin: a command declares {@code @Mixin InterpretationOptions interpretation;} and its
 * options appear where the mixin is declared, before the options of any mixin declared after it.
 */
@Command(modelTransformer = InterpretationOptions.Transformer.class)
public final class InterpretationOptions {
  /** The answers given on the command line: an enum constant, a list of kinds, or {@code true} for a flag. */
  private final Map<InterpretationQuestion, Object> given = new EnumMap<>(InterpretationQuestion.class);

  /** @return the interpretation these options give */
  public Interpretation interpretation() {
    Interpretation i = Interpretation.defaults();
    for (Map.Entry<InterpretationQuestion, Object> e : given.entrySet()) {
      InterpretationQuestion q = e.getKey();
      if (q.form() == InterpretationQuestion.Form.FLAG) {
        if (Boolean.TRUE.equals(e.getValue())) {
          i = q.with(i, q.flagAnswer());
        }
      } else {
        i = q.with(i, e.getValue());
      }
    }
    return i;
  }

  /**
   * The option of one question, reading and writing this mixin's answers.
   *
   * @param q a question with an option
   * @return the option
   */
  OptionSpec option(InterpretationQuestion q) {
    OptionSpec.Builder b = OptionSpec.builder(q.option().orElseThrow()).description(q.help());
    ISetter setter = new ISetter() {
      @Override
      public <T> T set(T value) {
        @SuppressWarnings("unchecked")
        T old = (T) given.get(q);
        if (value == null) {
          given.remove(q);
        } else {
          given.put(q, value);
        }
        return old;
      }
    };
    IGetter getter = new IGetter() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T get() {
        return (T) given.get(q);
      }
    };
    switch (q.form()) {
      case FLAG:
        b.type(boolean.class).arity("0");
        break;
      case KINDS:
        b.type(List.class).auxiliaryTypes(q.valueType()).splitRegex(",").paramLabel(q.paramLabel());
        break;
      default:
        b.type(q.valueType()).paramLabel(q.paramLabel());
    }
    return b.setter(setter).getter(getter).build();
  }

  /**
   * Adds a command's interpretation options to it, where its {@code InterpretationOptions}
   * mixin stands: before the options of the mixins declared after it (and the help options).
   */
  static final class Transformer implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      InterpretationOptions self = null;
      Set<OptionSpec> later = Collections.newSetFromMap(new IdentityHashMap<>());
      boolean after = false;
      for (CommandSpec mixin : spec.mixins().values()) {
        if (mixin.userObject() instanceof InterpretationOptions) {
          self = (InterpretationOptions) mixin.userObject();
          after = true;
        } else if (after || "mixinStandardHelpOptions".equals(mixinName(spec, mixin))) {
          later.addAll(mixin.options());
        }
      }
      if (self == null) {
        return spec;
      }
      List<OptionSpec> moved = new ArrayList<>();
      for (OptionSpec o : spec.options()) {
        if (later.contains(o) || !moved.isEmpty()) {
          moved.add(o);
        }
      }
      moved.forEach(spec::remove);
      for (InterpretationQuestion q : InterpretationQuestion.withOptions()) {
        spec.addOption(self.option(q));
      }
      moved.forEach(spec::addOption);
      return spec;
    }

    private static String mixinName(CommandSpec spec, CommandSpec mixin) {
      for (Map.Entry<String, CommandSpec> e : spec.mixins().entrySet()) {
        if (e.getValue() == mixin) {
          return e.getKey();
        }
      }
      return "";
    }
  }
}
