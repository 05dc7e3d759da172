// The CEO comes down to the street when he judges: a speech card over the street with his face,
// his patience this season (from the plan to now), his line and why he says it in numbers (the
// same news item the week card lists). It shows his newest judgement of the season — of the fair and
// what he saw at the booth when the weeks begin, then of the weeks — and goes when two more weeks
// have passed, when the player closes it, or when the season ends. The street scene has him step
// out of the door when he speaks in a week. Which remark, and the figures, come from
// src/view/ceo-street.ts.
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Game, News } from '../sim';
import type { SessionState } from '../store/session';
import { type CeoRemark, ceoRemark } from '../view/ceo-street';
import type { Part, Ui } from './context';
import { ceoPortrait } from './portraits';
import { ceoLine, ceoTurn, ceoWhy } from './text';
import { UiContext, useUi } from './ui-context';

/** The card as a part: CeoStreet rendered into a holder, its aside handed out as the element. */
export function createCeoStreet(ui: Ui): Part {
  const holder = document.createElement('div');
  const update = (st: SessionState) =>
    render(
      <UiContext.Provider value={ui}>
        <CeoStreet game={st.game} />
      </UiContext.Provider>,
      holder,
    );
  update(ui.store.getState());
  return { el: holder.firstElementChild as HTMLElement, update, destroy: () => render(null, holder) };
}

export function CeoStreet({ game }: { game: Game | null }) {
  /** The remark the player closed (not shown again). */
  const [closed, setClosed] = useState(-1);
  /** The remark as it was when it first showed (his patience then): it stays so, up or gone. */
  const shown = useRef<CeoRemark | null>(null);
  const remark = game ? ceoRemark(game) : null;
  const visible = !!remark && remark.at !== closed && remark.fresh;
  if (visible && shown.current?.at !== remark.at) shown.current = remark;
  const now = shown.current;
  return (
    <aside class="ceo-street" hidden={!visible}>
      {now && game ? (
        <Remark key={now.at} remark={now} game={game} onClose={() => setClosed(now.at)} />
      ) : null}
    </aside>
  );
}

function Remark({ remark, game, onClose }: { remark: CeoRemark; game: Game; onClose(): void }) {
  const { t, lang } = useUi();
  const L = game.level;
  const s = game.state;
  const face = useRef<HTMLDivElement>(null);
  // His face, an SVG built by portraits.ts, goes first in the card beside Preact's own nodes.
  useLayoutEffect(() => {
    const portrait = ceoPortrait('');
    face.current?.before(portrait);
    return () => portrait.remove();
  }, []);
  return (
    <>
      <div class="ceo-street-body" ref={face}>
        <p class="ceo-street-who">
          <strong>{L.ceo.name[lang]}</strong>{' '}
          <span class={`ceo-street-patience ${remark.trend}`}>
            {t('ceoSays.patience', { from: remark.from, to: remark.to })}
          </span>
        </p>
        {remark.said.map((i) => {
          const n = s.news[i] as News;
          const why = ceoWhy(t, L, s, n, lang);
          return [
            <p
              key={`l${i}`}
              class="ceo-street-line"
            >{`“${ceoLine(L, n.tone, ceoTurn(s.news, i), lang)}”`}</p>,
            why ? (
              <p key={`w${i}`} class="ceo-street-why">
                {why}
              </p>
            ) : null,
          ];
        })}
      </div>
      <button
        class="btn btn-icon ceo-street-close"
        type="button"
        aria-label={t('ceoSays.close')}
        title={t('ceoSays.close')}
        onClick={onClose}
      >
        ×
      </button>
    </>
  );
}
