// room.html: the trainer's pages. Without a fragment: create a room or open a recent one;
// with #code=…&key=… (the trainer's link): that room's monitor and projector view. In the
// game's language setting (EN | NL), with a clear message when the link or server is wrong.
import '@fontsource/nunito/400.css';
import '@fontsource/nunito/700.css';
import '@fontsource/fredoka/600.css';
import { translator } from '../i18n';
import { isRoomCode, normalizeCode } from '../room/protocol';
import { defaultSettings, loadSettings } from '../store/settings';
import { browserStorage } from '../store/storage';
import { applyThemeToDocument } from '../theme';
import { createView } from './create-view';
import { roomView } from './room-view';
import '../ui/styles.css';
import './trainer.css';

function start(app: HTMLElement): void {
  applyThemeToDocument(document);
  const storage = browserStorage();
  const settings = loadSettings(storage, defaultSettings(false, navigator.language || 'en'));
  const t = translator(settings.lang);
  document.documentElement.lang = settings.lang;
  document.title = t('trainer.pageTitle');
  let stop: (() => void) | null = null;
  const show = () => {
    stop?.();
    stop = null;
    const params = new URLSearchParams(location.hash.slice(1));
    const code = normalizeCode(params.get('code') ?? '');
    const key = params.get('key') ?? '';
    if (isRoomCode(code) && /^[A-Za-z0-9]{24}$/.test(key)) {
      const v = roomView(t, settings.lang, code, key);
      stop = v.stop;
      app.replaceChildren(v.el);
    } else
      app.replaceChildren(
        createView(t, settings.lang, storage, (c, k) => {
          location.hash = `code=${c}&key=${k}`;
        }),
      );
  };
  window.addEventListener('hashchange', show);
  show();
}

const app = document.getElementById('app');
if (app) start(app);
