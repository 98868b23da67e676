// Sheet.protect() / Range.protect(): recorded so tests can see what is protected,
// with a warning or not. Editors are not modelled: the current user can edit.

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export type ProtectionTypeName = keyof typeof ProtectionType;

export class Protection {
  static readonly gasKind = 'Protection';
  private description = '';
  private warningOnly = false;

  constructor(
    private readonly type: ProtectionTypeName,
    private readonly target: () => unknown,
    private readonly onRemove: (protection: Protection) => void,
  ) {}

  getProtectionType(): ProtectionTypeName {
    return this.type;
  }

  getRange(): unknown {
    return this.target();
  }

  setDescription(description: string): this {
    this.description = String(description);
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = !!warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  canEdit(): boolean {
    return true;
  }

  remove(): void {
    this.onRemove(this);
  }
}
