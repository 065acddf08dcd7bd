package dev.proarch.git.jgit;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.Severity;
import dev.proarch.git.PushDecision;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.WorkflowSettings;
import dev.proarch.git.GitRules;
import dev.proarch.git.internal.PushRules;
import dev.proarch.git.internal.SettingsReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;

/**
 * The Pro branch rules as a JGit {@link PreReceiveHook}, for Git servers built on JGit (Gerrit-style
 * daemons, {@code org.eclipse.jgit.http.server}). Each refused command gets {@code REJECTED_OTHER_REASON}
 * with the rule's message; the pusher sees every finding through {@link ReceivePack#sendError} (errors) or
 * {@link ReceivePack#sendMessage} (warnings, infos).
 *
 * <pre>{@code
 * receivePack.setPreReceiveHook(new ProArchPreReceiveHook());
 * }</pre>
 */
public final class ProArchPreReceiveHook implements PreReceiveHook {
  private final Optional<WorkflowSettings> settings;

  /** Reads the settings from each repository's own Git config ({@code proarch.*}). */
  public ProArchPreReceiveHook() {
    this.settings = Optional.empty();
  }

  /** Uses these settings for every repository. */
  public ProArchPreReceiveHook(WorkflowSettings settings) {
    this.settings = Optional.of(settings);
  }

  @Override
  public void onPreReceive(ReceivePack receivePack, java.util.Collection<ReceiveCommand> commands) {
    List<ReceiveCommand> pending = new ArrayList<>();
    for (ReceiveCommand command : commands) {
      if (command.getResult() == ReceiveCommand.Result.NOT_ATTEMPTED) {
        pending.add(command);
      }
    }
    WorkflowSettings effective =
        settings.orElseGet(() -> SettingsReader.read(receivePack.getRepository().getConfig()).settings());
    List<RefUpdate> updates = pending.stream().map(ProArchPreReceiveHook::toUpdate).toList();
    try (PushRules rules = new PushRules(receivePack.getRepository(), effective)) {
      List<PushDecision> decisions = rules.decideAll(updates);
      for (int i = 0; i < pending.size(); i++) {
        apply(receivePack, pending.get(i), decisions.get(i));
      }
    } catch (IOException e) {
      for (ReceiveCommand command : pending) {
        command.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON,
            "[" + GitRules.REPOSITORY_READABLE.id() + "] cannot read the repository: " + e.getMessage());
      }
    }
  }

  private static void apply(ReceivePack receivePack, ReceiveCommand command, PushDecision decision) {
    for (Diagnostic diagnostic : decision.diagnostics()) {
      String line = "[" + diagnostic.ruleId() + "] " + command.getRefName() + ": " + diagnostic.message();
      if (diagnostic.severity() == Severity.ERROR) {
        receivePack.sendError(line);
      } else {
        receivePack.sendMessage(diagnostic.severity().label() + ": " + line);
      }
    }
    decision.reason().ifPresent(reason -> command.setResult(
        ReceiveCommand.Result.REJECTED_OTHER_REASON, "[" + reason.ruleId() + "] " + reason.message()));
  }

  private static RefUpdate toUpdate(ReceiveCommand command) {
    return RefUpdate.of(name(command.getOldId()), name(command.getNewId()), command.getRefName());
  }

  private static String name(ObjectId id) {
    return (id == null ? ObjectId.zeroId() : id).name();
  }
}
