/** The web app context: doGet's event, no UI, no document lock, the deployment's URL. */
import { createAppsScript } from './index';
import { doGetEvent } from './webapp';

describe('the web app context', () => {
  it('has no UI and no document lock, as Apps Script documents for a web app', () => {
    const web = createAppsScript({ mode: 'webapp' });
    expect(() => web.handles.ui.getUi()).toThrow(/Cannot call SpreadsheetApp.getUi\(\) from this context/);
    expect(web.globals.LockService.getDocumentLock()).toBeNull();
    expect(web.globals.LockService.getScriptLock().tryLock(10)).toBe(true);
    expect(createAppsScript({ mode: 'ui' }).globals.LockService.getDocumentLock()).not.toBeNull();
  });

  it("ScriptApp.getService().getUrl() is the deployment's /exec address, or null before deploying", () => {
    const url = 'https://script.google.com/macros/s/AKfy/exec';
    const deployed = createAppsScript({ webAppUrl: url });
    expect(deployed.globals.ScriptApp.getService().getUrl()).toBe(url);
    expect(deployed.globals.ScriptApp.getService().isEnabled()).toBe(true);
    expect(deployed.calls.count('ScriptApp.Service.getUrl')).toBe(1);
    expect(createAppsScript().globals.ScriptApp.getService().getUrl()).toBeNull();
  });

  it("builds doGet's event from the URL", () => {
    expect(doGetEvent('https://script.google.com/macros/s/AKfy/exec?t=a.b&x=1&x=2')).toEqual({
      parameter: { t: 'a.b', x: '1' },
      parameters: { t: ['a.b'], x: ['1', '2'] },
      queryString: 't=a.b&x=1&x=2',
      pathInfo: '',
      contextPath: '',
      contentLength: -1,
    });
  });
});
