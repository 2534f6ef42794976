import { n as e } from "./chunk-DiqZc92J.js";
//#region frontend/copilot/shared/copilot-stored-machine-state.ts
var t, n = e((() => {
	if (t = window.Vaadin.copilot._machineState, !t) throw Error("Trying to use stored machine state before it was initialized");
}));
//#endregion
export { t as n, n as t };
