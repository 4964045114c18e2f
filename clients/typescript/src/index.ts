// The typed clients: one type namespace per contract (generated) and the fetch wrapper.
export * from "./client";
export * from "./contracts/index";
