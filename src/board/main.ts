// Entry of board.html: the debrief board for the projector (src/board/ui/app.ts), in the
// game's own type and colours.
import '@fontsource/nunito/400.css';
import '@fontsource/nunito/700.css';
import '@fontsource/fredoka/600.css';
import '../ui/styles.css';
import './board.css';
import { applyThemeToDocument } from '../theme';
import { mountBoard } from './ui/app';

applyThemeToDocument(document);
const root = document.getElementById('app');
if (root) mountBoard(root);
