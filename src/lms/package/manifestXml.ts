// imsmanifest.xml for one package: SCORM 1.2 or SCORM 2004 4th Edition. One organisation, one item, one SCO
// that launches the game's own page with the stories in its address; every file of the game listed, with
// relative paths only (an LMS unpacks the zip wherever it likes).
export type ScormVersion = '1.2' | '2004';

export interface PackageDescription {
  /** Unique among an organisation's packages: letters, digits, dots, dashes. */
  identifier: string;
  title: string;
  /** The page and its address, relative: "index.html?story=sitting-in-reception&lms=1". */
  launch: string;
  /** Every file in the package except the manifest itself, relative, with forward slashes. */
  files: string[];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A file's path as a URI reference: each segment percent-encoded, the slashes kept. */
export function fileHref(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

const fileList = (files: string[], indent: string) =>
  files.map((f) => `${indent}<file href="${escapeXml(fileHref(f))}"/>`).join('\n');

function manifest12(p: PackageDescription): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(p.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organisation">
    <organization identifier="organisation">
      <title>${escapeXml(p.title)}</title>
      <item identifier="item-1" identifierref="resource-1" isvisible="true">
        <title>${escapeXml(p.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-1" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(p.launch)}">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function manifest2004(p: PackageDescription): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(p.identifier)}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="organisation">
    <organization identifier="organisation">
      <title>${escapeXml(p.title)}</title>
      <item identifier="item-1" identifierref="resource-1">
        <title>${escapeXml(p.title)}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-1" type="webcontent" adlcp:scormType="sco" href="${escapeXml(p.launch)}">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function manifestXml(version: ScormVersion, p: PackageDescription): string {
  return version === '1.2' ? manifest12(p) : manifest2004(p);
}
