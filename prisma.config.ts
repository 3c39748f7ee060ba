import { defineConfig } from 'prisma/config';

// Prisma is used for its client only: migrations are plain SQL applied by src/db/migrate.ts,
// because Prisma Migrate's schema engine cannot be downloaded on our machines.
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
