import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // A guard against hangs, not a performance bound: CI machines are shared and can be slow.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
