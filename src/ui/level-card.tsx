// A level's card on the title screen, shared by the shipped levels and one's own: its name,
// seasons, description and lesson, and the question asked in the card before a new game
// would end the game in progress.
import type { Level } from '../levels/schema';
import type { Game } from '../sim';
import { useUi } from './ui-context';

/** The card's words; `source` (where one's own level came from) goes before the seasons. */
export function LevelCardBody({ level, source }: { level: Level; source: string | null }) {
  const { t, lang } = useUi();
  const seasons = t('title.seasons', { n: level.seasons });
  return (
    <>
      <h3>{level.name[lang]}</h3>
      <p class="level-meta">{source ? `${source} · ${seasons}` : seasons}</p>
      <p>{level.description[lang]}</p>
      <p class="level-lesson">
        <strong>{`${t('title.lesson')}: `}</strong>
        {level.lesson[lang]}
      </p>
    </>
  );
}

interface ReplaceConfirmProps {
  /** Which card asks (its data-confirm, where the title finds the answer to focus). */
  card: string;
  /** The level to start. */
  name: string;
  current: Game;
  start(): void;
  cancel(): void;
}

/** "This ends your game in progress": start anyway, or cancel. */
export function ReplaceConfirm({ card, name, current, start, cancel }: ReplaceConfirmProps) {
  const { t, lang } = useUi();
  return (
    <div class="confirm" role="alert" data-confirm={card}>
      <p>
        {t('title.replaceWarning', {
          level: name,
          current: current.level.name[lang],
          season: current.state.season + 1,
        })}
      </p>
      <div class="row">
        <button class="btn btn-primary" type="button" onClick={start}>
          {t('title.replaceConfirm', { level: name })}
        </button>
        <button class="btn" type="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** A level card's Play button. */
export function PlayButton({ name, start }: { name: string; start(): void }) {
  const { t } = useUi();
  return (
    <button
      class="btn btn-primary"
      type="button"
      aria-label={t('title.playLevel', { level: name })}
      onClick={start}
    >
      {t('title.play')}
    </button>
  );
}
