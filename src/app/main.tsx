import { BrowserRouter } from 'react-router';
import { App } from './app';
import { mountApp } from './mount';
import { registerServiceWorker } from './pwa/service-worker';
import './styles.css';

mountApp(document.getElementById('root')!, <App router={BrowserRouter} />);
void registerServiceWorker();
