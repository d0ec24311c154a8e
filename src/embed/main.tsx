// The embed entry (embed.html): the app in embed mode, configured by the URL fragment.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedRoot } from './EmbedRoot';
import '../app/app.css';
import './embed.css';
import './embedDark.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from embed.html');
createRoot(root).render(
  <StrictMode>
    <EmbedRoot />
  </StrictMode>,
);
