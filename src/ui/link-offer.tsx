// The question a link asks when it would replace a game in progress: which level (and world,
// and bot) the link opens, which game would end, and two answers. Nothing is replaced until
// the player says so; keeping the game leaves the link's level one click away on the title.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Game } from '../sim';
import { levelById, type LinkOffer as Offer } from '../store/session';
import { useUi } from './ui-context';

interface LinkOfferProps {
  offer: Offer | null;
  /** The game the link would replace. */
  current: Game | null;
}

/** The title's offer slot: hidden without an offer; a new offer moves focus to its answer. */
export function LinkOffer({ offer, current }: LinkOfferProps) {
  const { t, store, lang } = useUi();
  const slot = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  useLayoutEffect(() => {
    if (mounted.current) slot.current?.querySelector<HTMLElement>('.btn')?.focus();
    mounted.current = true;
  }, [offer]);
  const level = offer ? (offer.custom?.level ?? levelById(offer.level)) : null;
  if (!offer || !current || !level) return <div class="title-offer" hidden ref={slot} />;
  const name = level.name[lang];
  const answer = (replace: boolean) => () => store.getState().answerLink(replace);
  return (
    <div class="title-offer" ref={slot}>
      <div class="confirm link-offer" role="alertdialog" aria-labelledby="link-offer-text">
        <p id="link-offer-text">
          {t('title.linkOffer', {
            level: name,
            seed: offer.seed ? t('title.linkSeed', { seed: offer.seed }) : '',
            current: current.level.name[lang],
            season: current.state.season + 1,
            seasons: current.level.seasons,
          })}
        </p>
        {offer.bot ? <p>{t('title.linkBot', { bot: offer.bot })}</p> : null}
        <div class="row">
          <button class="btn btn-primary" type="button" onClick={answer(true)}>
            {t('title.linkReplace', { level: name })}
          </button>
          <button class="btn" type="button" onClick={answer(false)}>
            {t('title.linkKeep')}
          </button>
        </div>
      </div>
    </div>
  );
}
