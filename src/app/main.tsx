import { BrowserRouter } from 'react-router';
import { openDatabaseEarly } from '../storage/db';
import { App } from './app';
import { mountApp } from './mount';
import { registerServiceWorker } from './pwa/service-worker';
import './styles.css';

openDatabaseEarly();
void mountApp(document.getElementById('root')!, <App router={BrowserRouter} />);
void registerServiceWorker();
