// The banner over a game a bot is playing: which bot plays, and a button that stops it and goes
// back to the title. Hidden (and empty) while the player plays.
import { botKey } from './text';
import { useUi } from './ui-context';

export function BotBanner({ botName }: { botName: string | null }) {
  const { t, store } = useUi();
  return (
    <div class="bot-banner" role="status" hidden={!botName}>
      {botName ? <span>{t('bot.banner', { bot: t(botKey(botName)) })}</span> : null}
      {botName ? (
        <button class="btn btn-small" type="button" onClick={() => store.getState().toTitle()}>
          {t('bot.stop')}
        </button>
      ) : null}
    </div>
  );
}
