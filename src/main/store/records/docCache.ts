/** The most recently used trainees' documents, so reopening a trainee does not read their file again. */
export class DocCache<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly limit = 256) {}

  get(id: string): T | undefined {
    const value = this.map.get(id);
    if (value !== undefined) {
      this.map.delete(id);
      this.map.set(id, value);
    }
    return value;
  }

  set(id: string, value: T): void {
    this.map.delete(id);
    this.map.set(id, value);
    if (this.map.size > this.limit) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  delete(id: string): void {
    this.map.delete(id);
  }

  clear(): void {
    this.map.clear();
  }
}
