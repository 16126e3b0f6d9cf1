import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { dutchPage, storyOf } from '../base/field-controls.examples.js';
import { outageBannerExamples as examples, renderOutageBanner, type BannerArgs } from './outage-banner.examples.js';

/**
 * Outage notices (storingsmeldingen, Awb 2:21 lid 2): planned and ongoing outages of a channel,
 * with the time in Europe/Amsterdam, the alternatives and, only when the organisation decided it,
 * the extended deadline (Awb 2:21 lid 1). It announces itself once (`role="status"`), never takes
 * focus and can be hidden for the session. These stories fix the moment with the `clock` property.
 */
const meta = {
  title: 'Feedback/Outage banner',
  component: 'wmebv-outage-banner',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: renderOutageBanner,
  argTypes: {
    notices: { control: 'object', description: 'The notices (core `OutageNotice[]`, or an `OutageNotices` document); property only.' },
    now: { control: 'text', description: 'ISO 8601 moment to show the banner at (the `clock` property).' },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
  },
  args: examples.Planned.args,
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

export const Planned: Story = storyOf(examples.Planned);
export const OngoingWithExtension: Story = storyOf(examples.OngoingWithExtension);
export const English: Story = storyOf(examples.English);
export const NothingToShow: Story = storyOf(examples.NothingToShow);
