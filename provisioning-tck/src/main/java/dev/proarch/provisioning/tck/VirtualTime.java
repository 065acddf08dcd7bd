package dev.proarch.provisioning.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that moves only when a test says so: a {@link #clock()} and a {@link #scheduler()} whose timers fire
 * in {@link #advance(Duration)}, on the thread that advances. Give both to the guard, and a test of a
 * timeout asserts what happened instead of waiting for it.
 */
public final class VirtualTime {
  private final Object lock = new Object();
  private final PriorityQueue<Timer<?>> timers =
      new PriorityQueue<>(Comparator.comparing((Timer<?> timer) -> timer.due).thenComparingLong(timer -> timer.order));
  private final AtomicLong sequence = new AtomicLong();
  private final Scheduler scheduler = new Scheduler();
  private Instant now;

  public VirtualTime(Instant start) {
    this.now = start;
  }

  public Instant now() {
    synchronized (lock) {
      return now;
    }
  }

  /** A clock that reads this virtual time, in UTC. */
  public Clock clock() {
    return new VirtualClock(ZoneOffset.UTC);
  }

  /** A scheduler whose timers fire when {@link #advance(Duration)} passes them; periodic tasks are refused. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Moves time forward and runs every timer that falls due, in due order, on this thread. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time does not run backwards: " + duration);
    }
    Instant target;
    synchronized (lock) {
      target = now.plus(duration);
    }
    while (true) {
      Timer<?> next;
      synchronized (lock) {
        next = timers.peek();
        if (next == null || next.due.isAfter(target)) {
          now = target;
          return;
        }
        timers.poll();
        now = next.due;
      }
      next.run();
    }
  }

  /** Timers not yet fired nor cancelled. */
  public int pendingTimers() {
    synchronized (lock) {
      return timers.size();
    }
  }

  private final class VirtualClock extends Clock {
    private final ZoneId zone;

    VirtualClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return new VirtualClock(newZone);
    }

    @Override
    public Instant instant() {
      return now();
    }
  }

  private final class Timer<V> implements ScheduledFuture<V> {
    final Instant due;
    final long order = sequence.incrementAndGet();
    final Callable<V> task;
    final CompletableFuture<V> result = new CompletableFuture<>();

    Timer(Instant due, Callable<V> task) {
      this.due = due;
      this.task = task;
    }

    void run() {
      if (result.isDone()) {
        return;
      }
      try {
        result.complete(task.call());
      } catch (Exception e) {
        result.completeExceptionally(e);
      }
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(now(), due));
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      synchronized (lock) {
        timers.remove(this);
      }
      return result.cancel(false);
    }

    @Override
    public boolean isCancelled() {
      return result.isCancelled();
    }

    @Override
    public boolean isDone() {
      return result.isDone();
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
      return result.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
      return result.get(timeout, unit);
    }
  }

  private final class Scheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private volatile boolean shutdown;

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      return schedule(() -> {
        command.run();
        return null;
      }, delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
      Timer<V> timer;
      synchronized (lock) {
        timer = new Timer<>(now.plusNanos(Math.max(0, unit.toNanos(delay))), callable);
        timers.add(timer);
      }
      return timer;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
      throw new UnsupportedOperationException("virtual time runs one-shot timers only");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
      throw new UnsupportedOperationException("virtual time runs one-shot timers only");
    }

    /** Runs the command at once, on the calling thread. */
    @Override
    public void execute(Runnable command) {
      command.run();
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      synchronized (lock) {
        timers.clear();
      }
      return new ArrayList<>();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return shutdown;
    }
  }
}
