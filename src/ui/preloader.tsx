// The preloader: the game's name and a progress bar while the world prepares its art
// (store.bootProgress < 1). If nothing moves for a while it says so and offers to start anyway.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Part, Ui } from './context';
import { elementRoot } from './element-root';
import { useUi } from './ui-context';

const SLOW_MS = 8000;

export function createPreloader(ui: Ui, onSkip: () => void): Part {
  const root = elementRoot(ui, <Preloader progress={ui.store.getState().bootProgress} onSkip={onSkip} />);
  return {
    el: root.el,
    update: (st) => root.render(<Preloader progress={st.bootProgress} onSkip={onSkip} />),
    destroy: root.unmount,
  };
}

interface PreloaderProps {
  /** store.bootProgress, 0…1. */
  progress: number;
  onSkip(): void;
}

export function Preloader({ progress, onSkip }: PreloaderProps) {
  const { t } = useUi();
  const pct = Math.round(progress * 100);
  const slow = useSlow(pct);
  return (
    <section class="preloader" aria-labelledby="preloader-title">
      <div class="preloader-card">
        <h1 id="preloader-title" class="game-name">
          {t('app.name')}
        </h1>
        <div
          class="progress"
          role="progressbar"
          aria-label={t('boot.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
        >
          <div class="progress-fill" style={{ width: `${pct}%` }} />
        </div>
        <p class="preloader-status">{`${t('boot.loading')} ${pct}%`}</p>
        <div class="preloader-slow" hidden={!slow}>
          <p>{t('boot.slow')}</p>
          <button class="btn btn-primary" type="button" onClick={onSkip}>
            {t('boot.startAnyway')}
          </button>
        </div>
      </div>
    </section>
  );
}

/** Whether the progress has stood still for SLOW_MS (checked each second). */
function useSlow(pct: number): boolean {
  const lastMove = useRef(Date.now());
  const [slow, setSlow] = useState(false);
  // Noted as the progress renders, as the old part did on update (not a frame later).
  useLayoutEffect(() => {
    lastMove.current = Date.now();
  }, [pct]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (Date.now() - lastMove.current > SLOW_MS) setSlow(true);
    }, 1000);
    return () => clearInterval(timer);
  }, []);
  return slow;
}
