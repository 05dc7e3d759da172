// Entry of board.html: the debrief board for the projector (src/board/ui/app.ts).
import '@fontsource/nunito/400.css';
import '@fontsource/nunito/700.css';
import '../ui/styles.css';
import './board.css';
import { mountBoard } from './ui/app';

const root = document.getElementById('app');
if (root) mountBoard(root);
