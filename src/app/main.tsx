import { BrowserRouter } from 'react-router';
import { readLock } from '../storage/app-lock/app-lock';
import { getDb, openDatabaseEarly } from '../storage/db';
import { App } from './app';
import { mountApp } from './mount';
import { registerServiceWorker } from './pwa/service-worker';
import { listenForLocks, primeLock } from './safety/safety-store';
import './styles.css';

openDatabaseEarly();
listenForLocks();
// No record may be drawn before the lock state is known from the database: the app mounts
// (and reads records) only once it is. The prerendered page holds no records meanwhile.
void primeLock(readLock(getDb()).then((lock) => lock !== undefined)).finally(() => {
  void mountApp(document.getElementById('root')!, <App router={BrowserRouter} />);
});
void registerServiceWorker();
